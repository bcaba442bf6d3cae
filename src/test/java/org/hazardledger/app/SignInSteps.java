package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a person does at the login screen, for TestFX walkthroughs: type the login name and the
 * password, press Enter; sign out with Ctrl+Shift+L (the menu's 切换用户).
 */
public final class SignInSteps {

    private static final int WAIT_SECONDS = 60;

    private SignInSteps() {
    }

    /**
     * Gives a fresh ledger its first administrator and one more account that has already chosen
     * {@code password} (a first password must be changed before the account may work).
     */
    static void createAccount(Ledger ledger, String login, String displayName, String password,
                              org.hazardledger.model.AccountRole role, java.util.UUID scopeUnitId) {
        var admin = ledger.accounts().createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
        ledger.accounts().create(admin, login, displayName, "First-Passw0rd", role, scopeUnitId, null);
        ledger.accounts().changePassword(login, "First-Passw0rd", password);
    }

    /** Signs in and waits until the login screen has gone; fails with the screen's message otherwise. */
    public static void signIn(FxRobot robot, String login, String password) {
        attempt(robot, login, password);
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> robot.lookup("#sign-in-view").tryQuery().isEmpty() || !errorText(robot).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the login screen did not go away for " + login, e);
        }
        assertThat(robot.lookup("#sign-in-view").tryQuery()).as("signed in as %s; login screen says: %s", login,
                errorText(robot)).isEmpty();
    }

    /** Types the login name and password and presses Enter, without waiting for the outcome. */
    public static void attempt(FxRobot robot, String login, String password) {
        waitForLoginScreen(robot);
        TextField loginField = robot.lookup("#sign-in-login").queryAs(TextField.class);
        TextField passwordField = robot.lookup("#sign-in-password").queryAs(TextField.class);
        robot.interact(() -> {
            loginField.clear();
            passwordField.clear();
        });
        robot.clickOn(loginField).write(login);
        robot.clickOn(passwordField).write(password);
        robot.type(KeyCode.ENTER);
    }

    /** Waits for the refusal message after {@link #attempt} and returns it. */
    public static String refusal(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !errorText(robot).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no refusal shown on the login screen", e);
        }
        return errorText(robot);
    }

    /** 切换用户: back to the login screen. */
    public static void signOut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForLoginScreen(robot);
    }

    public static void waitForLoginScreen(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> robot.lookup("#sign-in-login").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the login screen did not appear", e);
        }
    }

    private static String errorText(FxRobot robot) {
        return robot.lookup("#sign-in-error").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
