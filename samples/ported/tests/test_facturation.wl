// Tests of the ported invoicing procedures (English keywords), run by `wl test` and pytest.

PROCEDURE test_total_ttc()
dbgCheckEqual(TotalTTC(100), 120)
dbgCheckEqual(TotalTTC(100, TAUX_TVA_REDUIT), 105.5)
dbgCheckEqual(pFacturation.TotalTTC(19.99), 23.99, "rounded to the cent")

PROCEDURE test_line_label()
Trace(LibelléLigne("REF-01", 3, 9.5)) // expect: 3 x REF-01 à 9.5 EUR

PROCEDURE test_discount_by_reference()
m is currency = 200
dbgCheckEqual(AppliqueRemise(m, 10), 20)
dbgCheckEqual(m, 180, "the caller's amount is reduced")

PROCEDURE test_discount_refused()
m is currency = 200
AppliqueRemise(m, 80) // expect error: Remise refusée : 80 %

PROCEDURE test_invoice_mail()
dbgCheckTrue(EnvoieFacture("client@exemple.org", "F-2024-001", 120))
// expect mail count: 1
// expect mail: Subject: Facture F-2024-001
// expect mail: To: client@exemple.org
