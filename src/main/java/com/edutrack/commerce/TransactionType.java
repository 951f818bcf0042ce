package com.edutrack.commerce;

/** Why a balance changed (platform.md section 4); stored and shown as the constant name. */
public enum TransactionType {
    deposit, purchase, refund, recharge_code, adjustment
}
