package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final FieldErrors errors = new FieldErrors(Messages.forLanguage("zh"), List.of("place", "description"));

    @Test
    void eachReasonGoesUnderItsFieldAndTheFormCountsThem() {
        errors.show(List.of(FieldError.of("place", "validation.required"),
                FieldError.of("place", "validation.tooLong", 200), FieldError.of("elsewhere", "validation.required")));

        assertThat(errors.field("place").get()).as("the first reason per field").isEqualTo("必填项，请填写。");
        assertThat(errors.field("description").get()).isEmpty();
        assertThat(errors.form().get()).as("a reason no field owns joins the summary")
                .isEqualTo("有 3 处填写不正确，请按提示修改。 必填项，请填写。");
    }

    @Test
    void formsWithoutASummaryShowOnlyWhatNoFieldOwns() {
        errors.showAtFields(new ValidationException(List.of(FieldError.of("description", "validation.required"))));

        assertThat(errors.field("description").get()).isEqualTo("必填项，请填写。");
        assertThat(errors.form().get()).isEmpty();
    }

    @Test
    void editingAFieldTakesOnlyItsReasonAway() {
        StringProperty place = new SimpleStringProperty("");
        errors.clearOnEdit(place, "place");
        errors.show(List.of(FieldError.of("place", "validation.required"),
                FieldError.of("description", "validation.required")));

        place.set("3号储罐区");

        assertThat(errors.field("place").get()).isEmpty();
        assertThat(errors.field("description").get()).isEqualTo("必填项，请填写。");
        assertThat(errors.form().get()).isNotEmpty();
        errors.clear();
        assertThat(errors.field("description").get()).isEmpty();
        assertThat(errors.form().get()).isEmpty();
    }

    @Test
    void aFieldTheFormDoesNotHaveIsAProgrammingError() {
        assertThatThrownBy(() -> errors.field("nonsense")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonsense");
    }
}
