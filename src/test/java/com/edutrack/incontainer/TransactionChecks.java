package com.edutrack.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.commerce.PurchaseService;
import com.edutrack.content.LectureService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

/**
 * What the services' transactions hold together, shown by making a part fail where HTTP cannot:
 * a purchase whose notification write fails leaves no debit, ledger row, purchase or notification;
 * the {@code LecturesDeleting} observers run inside the deleting transaction and roll back with it.
 */
@ApplicationScoped
public class TransactionChecks {
    @Inject
    PurchaseService purchases;
    @Inject
    LectureService lectures;
    @Inject
    DeletionProbe probe;
    @Resource
    UserTransaction tx;
    @Resource
    TransactionSynchronizationRegistry registry;

    void purchaseWithFailingNotification() {
        long[] teacher = Rows.teacher();
        long course = Rows.course(teacher[1]);
        long lecture = Rows.lecture(course, "40.00");
        long[] student = Rows.student();
        Rows.insert("insert into course_enrollments(student_id, course_id, status, enrolled_at) values (?, ?, 'approved', ?)", student[1], course, Rows.now());
        long balance = Rows.insert("insert into course_balances(student_id, course_id, balance, updated_at) values (?, ?, 100.00, ?)",
                student[1], course, Rows.now());
        Rows.insert("insert into balance_transactions(balance_id, transaction_type, amount, balance_after, reason, created_at) "
                + "values (?, 'deposit', 100.00, 100.00, 'fixture', ?)", balance, Rows.now());
        try {
            FailingNotifications.arm(true);
            assertThrows(RuntimeException.class, () -> purchases.purchase(student[1], lecture));
        } finally {
            FailingNotifications.arm(false);
        }
        assertEquals(new BigDecimal("100.00"), Rows.value("select balance from course_balances where id = ?", balance), "no debit");
        assertEquals(1, Rows.count("select count(*) from balance_transactions where balance_id = ?", balance), "no ledger row");
        assertEquals(0, Rows.count("select count(*) from lecture_purchases where student_id = ?", student[1]), "no purchase");
        assertEquals(0, Rows.count("select count(*) from notifications where user_id = ?", student[0]), "no notification");

        purchases.purchase(student[1], lecture);
        assertEquals(new BigDecimal("60.00"), Rows.value("select balance from course_balances where id = ?", balance), "unarmed, the same purchase works");
        assertEquals(2, Rows.count("select count(*) from balance_transactions where balance_id = ?", balance));
        assertEquals(1, Rows.count("select count(*) from lecture_purchases where student_id = ?", student[1]));
        assertEquals(1, Rows.count("select count(*) from notifications where user_id = ?", student[0]));
    }

    void lectureDeletionRollsBackItsObservers() throws Exception {
        long[] teacher = Rows.teacher();
        long lecture = Rows.lecture(Rows.course(teacher[1]), "0.00");
        long homework = Rows.homework(lecture, teacher[0]);
        long quiz = Rows.quiz(lecture, teacher[0], Instant.now().plusSeconds(3600));

        tx.begin();
        try {
            Object mine = registry.getTransactionKey();
            lectures.delete(teacher[1], lecture);
            assertEquals(mine, probe.lastTransaction(), "the observers ran in the caller's transaction");
        } finally {
            tx.rollback();
        }
        assertRowsOfLecture(lecture, homework, quiz);

        probe.failNext();
        assertThrows(RuntimeException.class, () -> lectures.delete(teacher[1], lecture));
        // the application's observers had deleted the homework and the quiz before the probe failed
        assertRowsOfLecture(lecture, homework, quiz);

        lectures.delete(teacher[1], lecture);
        assertEquals(0, Rows.count("select count(*) from homeworks where id = ?", homework), "a delete that does not fail takes them");
        assertEquals(0, Rows.count("select count(*) from quizzes where id = ?", quiz));
        assertEquals(0, Rows.count("select count(*) from lectures where id = ?", lecture));
    }

    private static void assertRowsOfLecture(long lecture, long homework, long quiz) {
        assertEquals(1, Rows.count("select count(*) from lectures where id = ?", lecture));
        assertEquals(1, Rows.count("select count(*) from homeworks where id = ?", homework));
        assertEquals(1, Rows.count("select count(*) from quizzes where id = ?", quiz));
    }
}
