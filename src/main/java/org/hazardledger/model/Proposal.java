package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rationalisation proposal or small innovation and how far it got: evaluation (by whom, score
 * out of 100, comment), the decision (adopted, or not with a reason), implementation and the reward
 * recorded for it. {@code hazardNumbers} run parallel to {@code hazardIds}.
 */
public record Proposal(UUID id, int revision, String number, ProposalCategory category, String title,
                       String content, UUID proposerId, String proposerName, LocalDate submittedOn,
                       ProposalStatus status, String evaluator, LocalDate evaluatedOn, Integer score,
                       String evaluationComment, String decidedBy, LocalDate decidedOn, String notAdoptedReason,
                       LocalDate implementedOn, BigDecimal reward, List<UUID> hazardIds,
                       List<String> hazardNumbers, String recordedBy) {

    public static final int SCORE_MAX = 100;
    public static final int COMMENT_MAX = 2000;
    /** The largest reward recorded for one proposal (yuan). */
    public static final BigDecimal REWARD_MAX = new BigDecimal("1000000");

    public Proposal {
        hazardIds = List.copyOf(hazardIds);
        hazardNumbers = List.copyOf(hazardNumbers);
    }

    /** JY-2026-0007 */
    public static String formatNumber(int year, int value) {
        return String.format(java.util.Locale.ROOT, "JY-%d-%04d", year, value);
    }

    public Proposal evaluated(String by, LocalDate on, int newScore, String comment) {
        return new Proposal(id, revision, number, category, title, content, proposerId, proposerName, submittedOn,
                ProposalStatus.EVALUATED, by, on, newScore, comment, decidedBy, decidedOn, notAdoptedReason,
                implementedOn, reward, hazardIds, hazardNumbers, recordedBy);
    }

    public Proposal decided(ProposalStatus outcome, String by, LocalDate on, String reason, BigDecimal amount) {
        return new Proposal(id, revision, number, category, title, content, proposerId, proposerName, submittedOn,
                outcome, evaluator, evaluatedOn, score, evaluationComment, by, on, reason, implementedOn, amount,
                hazardIds, hazardNumbers, recordedBy);
    }

    public Proposal implemented(LocalDate on) {
        return new Proposal(id, revision, number, category, title, content, proposerId, proposerName, submittedOn,
                ProposalStatus.IMPLEMENTED, evaluator, evaluatedOn, score, evaluationComment, decidedBy, decidedOn,
                notAdoptedReason, on, reward, hazardIds, hazardNumbers, recordedBy);
    }

    public Proposal rewarded(BigDecimal amount) {
        return new Proposal(id, revision, number, category, title, content, proposerId, proposerName, submittedOn,
                status, evaluator, evaluatedOn, score, evaluationComment, decidedBy, decidedOn, notAdoptedReason,
                implementedOn, amount, hazardIds, hazardNumbers, recordedBy);
    }

    public Proposal linked(List<UUID> ids, List<String> numbers) {
        return new Proposal(id, revision, number, category, title, content, proposerId, proposerName, submittedOn,
                status, evaluator, evaluatedOn, score, evaluationComment, decidedBy, decidedOn, notAdoptedReason,
                implementedOn, reward, ids, numbers, recordedBy);
    }

    public Proposal withRevision(int newRevision) {
        return new Proposal(id, newRevision, number, category, title, content, proposerId, proposerName, submittedOn,
                status, evaluator, evaluatedOn, score, evaluationComment, decidedBy, decidedOn, notAdoptedReason,
                implementedOn, reward, hazardIds, hazardNumbers, recordedBy);
    }
}
