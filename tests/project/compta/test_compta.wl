// Tests des procédures de pCompta (le script de clôture ne tourne pas avant eux)
ChargeJeuDeNovembre()

PROCÉDURE test_jeu_chargé()
// expect: 6 pièces
Trace(gnDernièrePièce + " pièces")
dbgVérifieEgalité(gtabÉcritures.Occurrence, 16)

PROCÉDURE test_équilibre_refusé()
nAvant est un entier = gtabÉcritures.Occurrence
dbgVérifieEgalité(SaisitPièce(JOURNAL_ACHATS, "20261201", "Déséquilibre", ["606400;10;0", "401PAPET;0;9.99"]), 0)
dbgVérifieVrai(ErreurDétectée, "ErreurDétectée après une pièce refusée")
dbgVérifieEgalité(ErreurInfo(errCode), 12)
dbgVérifieEgalité(gtabÉcritures.Occurrence, nAvant, "rien n'est enregistré")

PROCÉDURE test_soldes()
dbgVérifieEgalité(Solde("512"), 1450)
dbgVérifieEgalité(Solde("411", "20261130"), 350)
dbgVérifieEgalité(Solde("7"), -1800)
dbgVérifieEgalité(Solde("6") + Solde("7") + Solde("4") + Solde("5"), 0, "la balance est équilibrée")

PROCÉDURE test_lettrage()
dbgVérifieEgalité(Lettre("411DURAND"), 1)
dbgVérifieEgalité(Lettre("411DURAND"), 0, "une écriture lettrée ne l'est pas deux fois")
POUR TOUT st DE gtabÉcritures
	SI st.sCompte = "411DURAND" ALORS Trace(SansEspace(st.nPièce + " " + st.sLettre))
FIN
// expect: 1 A
// expect: 4 A
// expect: 6

PROCÉDURE test_tva()
dbgVérifieEgalité(TVAàDécaisser(11), 270)
dbgVérifieEgalité(TVAàDécaisser(12), 60)
dbgVérifieEgalité(TVAàDécaisser(12, 2025), 0)

PROCÉDURE test_export_relu()
sFEC est une chaîne = fFichierTemp("FEC")
dbgVérifieEgalité(ExporteFEC(sFEC), 16)
dbgVérifieEgalité(RelitFEC(sFEC), "3790/3790")
fSupprime(sFEC)
