// Clôture de novembre : saisie, contrôles, balance, lettrage, TVA, export FEC relu
ChargeJeuDeNovembre()
Trace(gnDernièrePièce + " pièces saisies, " + gtabÉcritures.Occurrence + " lignes")

// une pièce déséquilibrée et un compte hors plan sont refusés sans arrêter la clôture
SI SaisitPièce(JOURNAL_VENTES, "20261203", "Facture erronée", ["411DURAND;100;0", "706000;0;90"]) = 0 ALORS
	Trace("refusée : " + ErreurInfo(errMessage))
FIN
nPièce est un entier = SaisitPièce(JOURNAL_BANQUE, "20261204", "Frais", ["627000;12.5;0", "812000;0;12.5"])
SI nPièce = 0 ET ErreurDétectée ALORS Trace("refusée (" + ErreurInfo(errCode) + ") : " + ErreurInfo(errMessage))
SI SaisitPièce(JOURNAL_VENTES, "20270105", "Trop tard", ["411DURAND;1;0", "706000;0;1"]) = 0 ALORS
	Trace("refusée : " + ErreurInfo(errMessage))
FIN

Trace("--- balance au 31/12")
POUR TOUTE sLigne DE Balance()
	Trace(sLigne)
FIN
Trace("clients au 30/11 : " + Solde("411", "20261130"))
Trace("clients au 31/12 : " + Solde("411"))

Trace("--- lettrage")
POUR TOUT sTiers DE ["411DURAND", "411LEMOINE"]
	Trace(sTiers + " : " + Lettre(sTiers) + " paire(s)")
FIN

Trace("--- TVA")
POUR nMois = 11 À 12
	Trace(ChaîneConstruit("TVA à décaisser en %1 : %2", nMois, TVAàDécaisser(nMois)))
FIN

Trace("--- export FEC")
sFEC est une chaîne = fRepTemp() + [fSep()] + "FEC_202611.txt"
nLignes est un entier = ExporteFEC(sFEC)
Trace(nLignes + " lignes exportées, relues : " + RelitFEC(sFEC))
sTexte est une chaîne = fChargeTexte(sFEC)
Trace(ExtraitChaîne(sTexte, 8, RC))
fSupprime(sFEC)
