package com.edutrack.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "grades")
public class Grade extends StructureItem {
}
