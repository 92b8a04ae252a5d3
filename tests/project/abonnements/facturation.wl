// Facturation des abonnements pour un mois
tabAbos est un tableau de IFacturable dynamique
a1 est un CAbonnementMensuel dynamique = allouer un CAbonnementMensuel("Durand", "20260115", 30)
a1.Active()
tabAbos.Ajoute(a1)
a2 est un CAbonnementAnnuel dynamique = allouer un CAbonnementAnnuel("Lemoine", "20250601", 365)
a2.Active()
tabAbos.Ajoute(a2)
a3 est un CAbonnementAnnuel dynamique = allouer un CAbonnementAnnuel("Roux", "20261110", 730, 0)
tabAbos.Ajoute(a3)
a4 est un CAbonnementMensuel dynamique = allouer un CAbonnementMensuel("Blanc", "20260301", 45)
a4.Active()
a4.Termine("20261120")
tabAbos.Ajoute(a4)
a5 est un CAbonnementMensuel dynamique = allouer un CAbonnementMensuel("Noir", "20260301", 99)
a5.Suspend()
tabAbos.Ajoute(a5)

dDébut est une Date = "20261101"
dFin est une Date = DernierJourDuMois(dDébut)
mTotalHT est un monétaire
POUR TOUT abo DE tabAbos
	m est un monétaire = abo.MontantPériode(dDébut, dFin)
	Trace(Complète(abo.Libellé(), 42) + NumériqueVersChaîne(m, "8.2f"))
	mTotalHT += m
FIN
Trace("Total HT : " + mTotalHT + ", TTC : " + Arrondi(mTotalHT * (1 + CAbonnement::TVA / 100), 2))
Trace(CAbonnement::Compte() + " abonnements, a4 : " + a4.Etat)

a4.Termine("20261130")
SI ErreurDétectée ALORS Trace(ErreurInfo(errMessage))
