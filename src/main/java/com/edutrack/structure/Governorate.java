package com.edutrack.structure;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "governorates")
public class Governorate extends StructureItem {
}
