// Export des factures en JSON pour une API : dates au format ISO 8601, montants avec
// deux décimales, un tableau de lignes par facture ; à la main (variable JSON), par
// Sérialise, puis relecture par Désérialise et JSONVersVariant. Méthode b, FS 6 déc.
// 2026 : passe tel qu'écrit. Jumeau anglais invoices_json_export_en.wl.
STLigne est une Structure
	sRéférence est une chaîne
	nQuantité est un entier
	mPrixUnitaire est un monétaire
FIN
STFacture est une Structure
	sNuméro est une chaîne
	dDate est une Date
	dhCréation est une DateHeure
	sClient est une chaîne
	tabLignes est un tableau de STLigne
	mTotalHT est un monétaire
	rTauxTVA est un réel
	bPayée est un booléen
FIN

tabFactures est un tableau de STFacture
f est une STFacture
f.sNuméro = "F2026-0001"
f.dDate = "20261203"
f.dhCréation = "20261203143005"
f.sClient = "Boulangerie Lefèvre"
f.rTauxTVA = 20
l est une STLigne
l.sRéférence = "FAR-T65" ; l.nQuantité = 25 ; l.mPrixUnitaire = 18.9
Ajoute(f.tabLignes, l)
l.sRéférence = "LEV-500" ; l.nQuantité = 4 ; l.mPrixUnitaire = 3.75
Ajoute(f.tabLignes, l)
POUR TOUT ligne DE f.tabLignes
	f.mTotalHT += ligne.nQuantité * ligne.mPrixUnitaire
FIN
Ajoute(tabFactures, f)
f2 est une STFacture
f2.sNuméro = "F2026-0002" ; f2.dDate = "20261206" ; f2.sClient = "Café « Le Zinc »"
f2.bPayée = Vrai
Ajoute(tabFactures, f2)

// 1) à la main, avec une variable JSON
jExport est un JSON
jExport.version = 2
jExport.généréLe = "2026-12-06T09:00:00"
POUR TOUT fac, i DE tabFactures
	jExport.factures[i].numero = fac.sNuméro
	jExport.factures[i].date = DateVersChaîne(fac.dDate, "AAAA-MM-JJ")
	jExport.factures[i].totalHT = NumériqueVersChaîne(fac.mTotalHT, ".2f")
	jExport.factures[i].montant = fac.mTotalHT
	jExport.factures[i].client = fac.sClient
	jExport.factures[i].payee = fac.bPayée
	jExport.factures[i].nbLignes = fac.tabLignes..Occurrence
FIN
Trace(JSONVersChaîne(jExport))
// expect: {"version":2,"généréLe":"2026-12-06T09:00:00","factures":[{"numero":"F2026-0001","date":"2026-12-03","totalHT":"487.50","montant":487.5,"client":"Boulangerie Lefèvre","payee":false,"nbLignes":2},{"numero":"F2026-0002","date":"2026-12-06","totalHT":"0.00","montant":0,"client":"Café « Le Zinc »","payee":true,"nbLignes":0}]}
// 2) par Sérialise
sTexte est une chaîne
Sérialise(tabFactures[1], sTexte, psdJSON)
Trace(sTexte)
// expect: {"sNum\u00E9ro":"F2026-0001","dDate":"2026-12-03","dhCr\u00E9ation":"2026-12-03T14:30:05","sClient":"Boulangerie Lef\u00E8vre","tabLignes":[{"sR\u00E9f\u00E9rence":"FAR-T65","nQuantit\u00E9":25,"mPrixUnitaire":18.9},{"sR\u00E9f\u00E9rence":"LEV-500","nQuantit\u00E9":4,"mPrixUnitaire":3.75}],"mTotalHT":487.5,"rTauxTVA":20,"bPay\u00E9e":false}
// 3) relecture
tabRelues est un tableau de STFacture
Désérialise(tabRelues, VariantVersJSON(tabFactures), psdJSON)
Trace(tabRelues..Occurrence, tabRelues[1].dDate, tabRelues[1].dhCréation, tabRelues[1].tabLignes[2].mPrixUnitaire, tabRelues[1].mTotalHT) // expect: 2, 20261203, 20261203143005000, 3.75, 487.5
v est un Variant = JSONVersVariant(JSONVersChaîne(jExport))
Trace(v.factures[1].totalHT, v.factures[1].montant, v.factures[2].payee, v.factures..Occurrence) // expect: 487.50, 487.5, 1, 2
