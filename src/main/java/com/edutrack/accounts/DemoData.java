package com.edutrack.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Role;
import com.edutrack.structure.Area;
import com.edutrack.structure.Governorate;
import com.edutrack.structure.Grade;
import com.edutrack.structure.StructureItem;
import com.edutrack.structure.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The development data set: the educational structure and one account of each role. Created once
 * (when the demo teacher does not exist yet); the logins are printed at every start and listed in
 * the README.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final List<String[]> LOGINS = List.of(
            new String[] {"siteowner", "demo-owner", "owner-pass-123"},
            new String[] {"teacher", "demo-teacher", "teacher-pass-123"},
            new String[] {"assistant", "demo-assistant", "assistant-pass-123"},
            new String[] {"student", "demo-student", "student-pass-123"});

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    PasswordHasher hasher;
    @Inject
    StudentCodes studentCodes;

    @Transactional
    public void ensure() {
        boolean present = !em.createQuery("select u.id from User u where u.username = 'demo-teacher'", Long.class).getResultList().isEmpty();
        if (!present) {
            create();
        }
        StringBuilder line = new StringBuilder("Demo logins (development data):");
        for (String[] login : LOGINS) {
            line.append(" ").append(login[0]).append(" ").append(login[1]).append("/").append(login[2]).append(";");
        }
        LOG.info(line.toString());
    }

    private void create() {
        Grade grade = item(new Grade(), "Grade 1 Secondary", 1);
        item(new Grade(), "Grade 2 Secondary", 2);
        item(new Grade(), "Grade 3 Secondary", 3);
        Subject subject = item(new Subject(), "Mathematics", 1);
        item(new Subject(), "Physics", 2);
        Governorate cairo = item(new Governorate(), "Cairo", 1);
        item(new Governorate(), "Giza", 2);
        Area area = new Area();
        area.setGovernorate(cairo);
        item(area, "Nasr City", 1);

        em.persist(new User("demo-owner", hasher.hash("owner-pass-123"), Role.SITEOWNER, "Demo Owner", null));
        Teacher teacher = new Teacher(new User("demo-teacher", hasher.hash("teacher-pass-123"), Role.TEACHER, "Demo Teacher", "demo.teacher@gmail.com"));
        teacher.setPhone("01000000001");
        teacher.setSubject(subject);
        teacher.getGrades().add(grade);
        em.persist(teacher);
        Assistant assistant = new Assistant(new User("demo-assistant", hasher.hash("assistant-pass-123"), Role.ASSISTANT, "Demo Assistant", "demo.assistant@gmail.com"), teacher);
        assistant.setPhone("01000000002");
        em.persist(assistant);
        Student student = new Student(new User("demo-student", hasher.hash("student-pass-123"), Role.STUDENT, "Demo Student", "demo.student@gmail.com"), studentCodes.next());
        student.setNameAr("طالب تجريبي");
        student.setNameEn("Demo Student");
        student.setPhoneNumber("01000000003");
        student.setNationalId("30001010100000");
        student.setBirthDate(LocalDate.of(2008, 1, 1));
        student.setGender("male");
        student.setGrade(grade);
        student.setGovernorate(cairo);
        student.setArea(area);
        em.persist(student);
    }

    private <T extends StructureItem> T item(T item, String name, int order) {
        item.setName(name);
        item.setOrder(order);
        em.persist(item);
        return item;
    }
}
