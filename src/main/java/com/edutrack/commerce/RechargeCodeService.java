package com.edutrack.commerce;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.commerce.BalanceViews.CodeView;
import com.edutrack.commerce.BalanceViews.Redemption;
import com.edutrack.commerce.CommerceForms.CodeBatchForm;
import com.edutrack.commerce.CommerceForms.RedeemForm;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Throttle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Prepaid recharge codes (platform.md section 4): the site owner issues them, students redeem them once. */
@ApplicationScoped
public class RechargeCodeService {
    /** 32 symbols without look-alikes (0/O, 1/I): 16 of them carry 80 random bits. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;
    static final int MAX_WRONG = 5;
    static final Duration WRONG_WINDOW = Duration.ofMinutes(15);
    static final String INVALID = "Invalid or already used recharge code.";

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Wallets wallets;
    @Inject
    Notifications notifications;
    @Inject
    Throttle throttle;
    @Inject
    References references;

    @Transactional
    public List<CodeView> generate(long ownerUserId, CodeBatchForm form) {
        Course course = references.find(form.errors(), "course", Course.class, form.course().value());
        form.validate();
        User owner = em.getReference(User.class, ownerUserId);
        List<RechargeCode> codes = new ArrayList<>();
        for (int i = 0; i < form.count().value(); i++) {
            RechargeCode code = new RechargeCode(newCode(), form.amount().value(), course, owner);
            em.persist(code);
            codes.add(code);
        }
        return codes.stream().map(CodeView::of).toList();
    }

    private String newCode() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    @Transactional
    public Page<CodeView> list(Boolean used, Long courseId, PageRequest page) {
        ListQuery<RechargeCode> q = ListQuery.of(em, RechargeCode.class).equal("course.id", courseId);
        if (used != null) {
            q.where((cb, root) -> used ? cb.isNotNull(root.get("usedAt")) : cb.isNull(root.get("usedAt")));
        }
        return q.ordering(null, Map.of(), "-createdAt").fetch("course", "usedBy.user", "usedCourse").page(page).map(CodeView::of);
    }

    /**
     * Spends a code for the student's balance in {@code courseId}. The code is taken by a conditional
     * UPDATE, so of two students redeeming it at once exactly one gets it. Wrong guesses are counted
     * per student (in their own transaction, so they stick although this one rolls back).
     */
    @Transactional
    public Redemption redeem(Principal student, RedeemForm form) {
        form.validate();
        long studentId = student.studentId();
        long studentUserId = student.userId();
        long courseId = form.course().value();
        String bucket = "recharge-code:" + studentId;
        throttle.check(bucket, MAX_WRONG, WRONG_WINDOW);
        CourseBalance balance = wallets.lock(studentId, courseId, "You are not enrolled in this course");
        String code = form.code().value().toUpperCase(Locale.ROOT);
        Instant now = Instant.now();
        int taken = em.createQuery("""
                        update RechargeCode c set c.usedBy = :s, c.usedCourse = :courseRef, c.usedAt = :now
                        where c.code = :code and c.usedAt is null and (c.course is null or c.course.id = :course)""")
                .setParameter("s", em.getReference(Student.class, studentId)).setParameter("courseRef", em.getReference(Course.class, courseId))
                .setParameter("course", courseId).setParameter("now", now).setParameter("code", code)
                .executeUpdate();
        if (taken == 0) {
            throttle.record(bucket);
            throw ApiException.field("code", INVALID);
        }
        BigDecimal amount = em.createQuery("select c.amount from RechargeCode c where c.code = :code", BigDecimal.class)
                .setParameter("code", code).getSingleResult();
        BalanceTransaction row = wallets.post(balance, TransactionType.recharge_code, amount, studentUserId, "Recharge code " + mask(code));
        Course course = balance.getCourse();
        notifications.send(studentUserId, NotificationType.BALANCE_ADDED, "Balance added",
                amount.toPlainString() + " was added to your balance in " + course.getName() + " with a recharge code.",
                Map.of("course_id", courseId, "amount", amount.toPlainString(), "transaction_id", row.getId()));
        return new Redemption("Recharge code redeemed successfully.", courseId, course.getName(), amount, balance.getBalance(), row.getId());
    }

    /** The ledger shows only the last characters: the ledger is readable by staff, the code is money. */
    private static String mask(String code) {
        return "****" + code.substring(Math.max(0, code.length() - 4));
    }
}
