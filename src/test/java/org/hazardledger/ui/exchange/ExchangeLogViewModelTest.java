package org.hazardledger.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.hazardledger.model.RecordConflict;
import org.junit.jupiter.api.Test;

/** 交换记录 and 冲突 over a fake exchange. */
class ExchangeLogViewModelTest extends ExchangeViewModelTesting {

    @Test
    void aConflictShowsBothContentsAndIsResolved() throws Exception {
        RecordConflict c = FakeExchangeActions.conflict();
        fake.openConflicts.add(c);
        fx(vm::start);
        assertThat(vm.log().conflicts()).hasSize(1);
        ExchangeLogViewModel.ConflictRow row = vm.log().conflicts().get(0);
        assertThat(row.type()).isEqualTo("隐患");
        assertThat(row.revision()).isEqualTo("3");

        ConflictViewModel dialog = vm.log().conflictDialog(row);
        assertThat(dialog.summary()).isEqualTo("隐患 " + c.recordId() + "，版本 3：同一版本收到了不同的内容");
        assertThat(dialog.kept()).contains("\n").contains("\"title\" : \"安全阀\"");
        assertThat(dialog.incoming()).contains("\"title\" : \"安全阀校验\"");

        fx(() -> vm.log().resolve(dialog.conflict(), RecordConflict.Resolution.TAKEN));
        assertThat(fake.calls).containsExactly("resolve TAKEN");
        assertThat(vm.log().conflicts()).isEmpty();
    }
}
