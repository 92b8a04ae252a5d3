// SELON avec valeurs, listes, intervalles, comparaisons et AUTRE CAS
tabCodes est un tableau de entiers = [0, 3, 7, 15, 42, 404, -1]
POUR TOUT nCode DE tabCodes
    Trace(nCode + " -> " + LibelléStatut(nCode))
FIN
// expect: 0 -> Brouillon
// expect: 3 -> Validée
// expect: 7 -> Validée
// expect: 15 -> En livraison
// expect: 42 -> Archivée
// expect: 404 -> Archivée
// expect: -1 -> Inconnu (-1)

// SELON sur une chaîne, mots-clés en minuscules
tabPays est un tableau de chaînes = ["FR", "BE", "DE", "us"]
pour tout sPays de tabPays
    selon Majuscule(sPays)
        cas "FR", "BE" : Trace(sPays + " : TVA française ou belge")
        cas "DE"
            Trace(sPays + " : TVA allemande")
        autre cas
            Trace(sPays + " : hors UE")
    fin
fin
// expect: FR : TVA française ou belge
// expect: BE : TVA française ou belge
// expect: DE : TVA allemande
// expect: us : hors UE

PROCÉDURE LibelléStatut(nStatut est un entier) : chaîne
SELON nStatut
    CAS 0
        RENVOYER "Brouillon"
    CAS 1 À 9
        RENVOYER "Validée"
    CAS 10 À 20 : RENVOYER "En livraison"
    CAS > 20
        RENVOYER "Archivée"
    AUTRE CAS
        RENVOYER "Inconnu (" + nStatut + ")"
FIN
