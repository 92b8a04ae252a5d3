// Tests des abonnements
PROCÉDURE test_prorata_mensuel()
a est un CAbonnementMensuel("T", "20261115", 36.5)
// 36.5 x 12 / 365 = 1.20 par jour, du 15 au 30 novembre : 16 jours
dbgVérifieEgalité(a.MontantPériode("20261101", "20261130"), 19.2)
dbgVérifieEgalité(a.MontantPériode("20261001", "20261031"), 0, "avant le début")

PROCÉDURE test_remise_annuelle_par_défaut()
a est un CAbonnementAnnuel("T", "20260101", 365)
dbgVérifieEgalité(a.MontantPériode("20260201", "20260228"), 25.2)
b est un CAbonnementAnnuel("T", "20260101", 365, 50)
dbgVérifieEgalité(b.MontantPériode("20260201", "20260228"), 14)

PROCÉDURE test_interface()
f est un IFacturable dynamique = allouer un CAbonnementMensuel("Zoé", "20260101", 10)
dbgVérifieEgalité(f.Libellé(), "mensuel n°1 Zoé (essai)")

PROCÉDURE test_double_résiliation()
a est un CAbonnementMensuel("T", "20260101", 10)
a.Termine("20260131")
dbgVérifieFaux(ErreurDétectée)
a.Termine("20260228")
dbgVérifieVrai(ErreurDétectée)
dbgVérifieEgalité(a.MontantPériode("20260201", "20260228"), 0)
