package org.hazardledger.ui.exchange;

import static org.hazardledger.ui.exchange.FakeExchangeActions.FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OLD_FEDERATION;
import static org.hazardledger.ui.exchange.FakeExchangeActions.OWN;
import static org.hazardledger.ui.exchange.FakeExchangeActions.key;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.RecordingDialogService;
import org.hazardledger.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the tests of the 数据交换 page’s models share: a fake exchange, recorded dialogs, tasks run in turn. */
abstract class ExchangeViewModelTesting {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(9, 30).atZone(ZONE).toInstant(),
            ZONE);

    @TempDir
    Path dir;
    final Messages m = Messages.forLanguage("zh");
    final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final FakeExchangeActions fake = new FakeExchangeActions();
    ExchangeViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void model() throws Exception {
        vm = OnFx.call(() -> new ExchangeViewModel(m, tasks, dialogs, CLOCK, fake));
    }

    void fx(OnFx.Block action) throws Exception {
        OnFx.run(action);
        tasks.awaitDelivered();
    }

    void withKeys() {
        fake.own = key(OWN, FakeExchangeActions.OWN_ID, "测试化工有限公司", InstallationRole.ENTERPRISE, true, true, false);
        fake.others.add(key(FEDERATION, FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION,
                false, true, false));
        fake.others.add(key(OLD_FEDERATION, FakeExchangeActions.FEDERATION_ID, "市总工会", InstallationRole.FEDERATION,
                false, true, true));
    }

    static boolean wiped(char[] a) {
        for (char c : a) {
            if (c != '\0') {
                return false;
            }
        }
        return true;
    }
}
