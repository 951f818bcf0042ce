package com.edutrack.accounts;

import java.time.LocalDate;

import com.edutrack.platform.persistence.Timestamped;
import com.edutrack.structure.Area;
import com.edutrack.structure.Governorate;
import com.edutrack.structure.Grade;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A student's profile; {@code studentCode} is the short public number staff look students up by. */
@Entity
@Table(name = "students")
public class Student extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "student_code", length = 20, unique = true, updatable = false, nullable = false)
    private String studentCode;
    @Column(name = "name_ar", length = 200, nullable = false)
    private String nameAr;
    @Column(name = "name_en", length = 200, nullable = false)
    private String nameEn;
    @Column(name = "phone_number", length = 20, nullable = false)
    private String phoneNumber;
    @Column(name = "father_number", length = 20)
    private String fatherNumber;
    @Column(name = "mother_number", length = 20)
    private String motherNumber;
    @Column(name = "father_job", length = 200)
    private String fatherJob;
    @Column(name = "school_name", length = 200)
    private String schoolName;
    @Column(name = "national_id", length = 14, nullable = false)
    private String nationalId;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Column(name = "gender", length = 10, nullable = false)
    private String gender;
    @Column(name = "facebook_link", length = 300)
    private String facebookLink;
    @Column(name = "division", length = 50)
    private String division;
    @Column(name = "school_type", length = 50)
    private String schoolType;
    @Column(name = "educational_state", length = 50)
    private String educationalState;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false, columnDefinition = "varchar(20)")
    private StudentStatus status = StudentStatus.active;
    @Column(name = "can_access_course", nullable = false)
    private boolean canAccessCourse = true;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grade_id")
    private Grade grade;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "governorate_id")
    private Governorate governorate;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    private Area area;
    @Version // the older column name, so not Versioned's record_version
    private long version;

    protected Student() {
    }

    public Student(User user, String studentCode) {
        this.user = user;
        this.studentCode = studentCode;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getStudentCode() {
        return studentCode;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getFatherNumber() {
        return fatherNumber;
    }

    public void setFatherNumber(String fatherNumber) {
        this.fatherNumber = fatherNumber;
    }

    public String getMotherNumber() {
        return motherNumber;
    }

    public void setMotherNumber(String motherNumber) {
        this.motherNumber = motherNumber;
    }

    public String getFatherJob() {
        return fatherJob;
    }

    public void setFatherJob(String fatherJob) {
        this.fatherJob = fatherJob;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getFacebookLink() {
        return facebookLink;
    }

    public void setFacebookLink(String facebookLink) {
        this.facebookLink = facebookLink;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getSchoolType() {
        return schoolType;
    }

    public void setSchoolType(String schoolType) {
        this.schoolType = schoolType;
    }

    public String getEducationalState() {
        return educationalState;
    }

    public StudentStatus getStatus() {
        return status;
    }

    public void setStatus(StudentStatus status) {
        this.status = status;
    }

    public boolean isCanAccessCourse() {
        return canAccessCourse;
    }

    public void setCanAccessCourse(boolean canAccessCourse) {
        this.canAccessCourse = canAccessCourse;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public Governorate getGovernorate() {
        return governorate;
    }

    public void setGovernorate(Governorate governorate) {
        this.governorate = governorate;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }
}
