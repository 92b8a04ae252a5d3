PROCÉDURE test_remises_volume()
dbgVérifieEgalité(PrixNet("A-100"), 10)
dbgVérifieEgalité(PrixNet("A-100", 10), 9.5)
dbgVérifieEgalité(PrixNet("A-100", 50), 9.2)
dbgVérifieEgalité(PrixNet("A-100", 500), 8.8)

PROCÉDURE test_promotion_de_décembre()
dbgVérifieEgalité(PrixNet("N-200", 10), 47.5, "novembre : remise de volume seule")
gsJourTest = "20261203"
dbgVérifieEgalité(PrixNet("N-200", 10), 42.5, "décembre : promotion en plus")
dbgVérifieEgalité(PrixNet("A-100", 10), 9.5, "hors gamme N-")

PROCÉDURE test_référence_inconnue()
dbgVérifieEgalité(PrixNet("Z-9"), 0)
dbgVérifieVrai(ErreurDétectée)
dbgVérifieEgalité(ErreurInfo(errMessage), "référence inconnue : Z-9")

PROCÉDURE test_devis()
dbgVérifieEgalité(Devis("A-100", 10, "B-7", 200), 95 + 440)
