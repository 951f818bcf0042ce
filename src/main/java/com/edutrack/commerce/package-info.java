/**
 * Money of the school API: balances per student and course kept as a ledger
 * ({@code /api/payments/balance/}), prepaid recharge codes ({@code /api/payments/recharge-codes/}),
 * lecture purchases and reopening access ({@code /api/courses/lectures/{id}/purchase/},
 * {@code /api/courses/purchases/}). Wire shapes follow the teacher API seed, sections 7 and 12;
 * the money rules (lock order, signed ledger, expiry) are platform.md section 4. Other features
 * ask about purchases through {@code content.Purchases}, answered here by {@link com.edutrack.commerce.LecturePurchases}.
 */
package com.edutrack.commerce;
