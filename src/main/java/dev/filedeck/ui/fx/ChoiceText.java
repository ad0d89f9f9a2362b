package dev.filedeck.ui.fx;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice box or combo box words its items; the items are chosen, never typed. */
public final class ChoiceText {

    private ChoiceText() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }
}
