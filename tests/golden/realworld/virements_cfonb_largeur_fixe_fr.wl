// Un fichier de virements au format CFONB 160 (largeur fixe) : un enregistrement
// émetteur (03), un par virement (06), un total (08), de 160 caractères chacun, écrit
// par fCrée/fEcritLigne/fÉcritLigne : zones complétées par Complète, tronquées par
// [[1 À n]], noms en majuscules sans accents (Majuscule(SansAccent())), montant en
// centimes par NumériqueVersChaîne(m * 100, "016d"), structures remplies par un tableau
// de valeurs ; relu et contrôlé. Méthode b, FS 6 déc. 2026 : passe tel qu'écrit.
// Jumeau anglais cfonb_transfers_fixed_width_en.wl.
// Fichier de virements au format CFONB 160 (largeur fixe) : un enregistrement émetteur
// (03), un par virement (06), un total (08), chacun de 160 caractères exactement
CONSTANTE
	LARGEUR = 160
FIN
STVirement est une Structure
	sNom est une chaîne
	sGuichet est une chaîne
	sCompte est une chaîne
	sBanque est une chaîne
	mMontant est un monétaire
	sLibellé est une chaîne
FIN

tabVirements est un tableau de STVirement
Ajoute(tabVirements, [ "DUPONT Jérôme", "00012", "12345678901", "30004", 1250.5, "Salaire novembre" ])
Ajoute(tabVirements, [ "Société Bâtiment & Cie", "00456", "98765432100", "10107", 89.99, "Facture F-2026-118" ])
Ajoute(tabVirements, [ "MARTIN", "00789", "55555555555", "20041", 3000, "Acompte" ])

sFichier est une chaîne = fRepTemp() + "\wl_golden_virements_cfonb_" + Hasard(1, 999999999) + ".txt"
nFic est un entier = fCrée(sFichier)
mTotal est un monétaire = 0
fEcritLigne(nFic, Enregistrement("03", "02", "", "ENTREPRISE DURAND SA", "00001", "00012345678", "30002", 0, "061226"))
POUR TOUT v DE tabVirements
	fÉcritLigne(nFic, Enregistrement("06", "02", v.sLibellé, v.sNom, v.sGuichet, v.sCompte, v.sBanque, v.mMontant, ""))
	mTotal += v.mMontant
FIN
fEcritLigne(nFic, Enregistrement("08", "02", "", "", "", "", "", mTotal, ""))
fFerme(nFic)

// contrôle du fichier produit
nLigne est un entier
POUR TOUTE CHAÎNE sEnr DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	SI sEnr = "" ALORS CONTINUER
	nLigne++
	SI Taille(sEnr) <> LARGEUR ALORS Trace("Ligne " + nLigne + " : " + Taille(sEnr) + " caractères")
FIN
Trace(nLigne + " enregistrements de " + LARGEUR + " caractères") // expect: 5 enregistrements de 160 caractères
Trace("[" + ExtraitLigne(fChargeTexte(sFichier), 2)[[1 À 60]] + "]") // expect: [0602        123456SALAIRE NOVEDUPONT JEROME                 ]
Trace("[" + ExtraitLigne(fChargeTexte(sFichier), 2)[[105 À 160]] + "]") // expect: [000000000012505030004                                   ]
Trace("[" + ExtraitLigne(fChargeTexte(sFichier), 3)[[19 À 54]] + "]") // expect: [FACTURE F-20SOCIETE BATIMENT & CIE  ]
sTotal est une chaîne = ExtraitLigne(fChargeTexte(sFichier), 5)
Trace(sTotal[[1 À 2]], sTotal[[105 À 120]], Val(sTotal[[105 À 120]]) / 100) // expect: 08, 0000000000434049, 4340.49
fSupprime(sFichier)

// Un enregistrement CFONB : zones alphanumériques complétées par des espaces à droite,
// montant en centimes cadré à droite avec des zéros
PROCÉDURE Enregistrement(sCode, sOpération, sRéférence, sNom, sGuichet, sCompte, sBanque, mMontant est un monétaire, sDate) : chaîne
	s est une chaîne = sCode + sOpération
	s += Complète("", 8)                                  // zone réservée
	s += Complète("123456", 6)                            // numéro émetteur
	s += Complète(Majuscule(SansAccent(sRéférence)), 12)[[1 À 12]]
	s += Complète(Majuscule(SansAccent(sNom)), 24)[[1 À 24]]
	s += Complète(sDate, 24)
	s += Complète(sGuichet, 5) + Complète(sCompte, 11)
	s += Complète("", 10)
	s += NumériqueVersChaîne(mMontant * 100, "016d")
	s += Complète(sBanque, 5)
	s += Complète("", 35)
	RENVOYER s
