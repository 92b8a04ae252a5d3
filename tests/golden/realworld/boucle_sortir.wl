// BOUCLE ... FIN avec SORTIR : lecture d'une liste de jetons jusqu'à EOT
sCommande est une chaîne = "AJOUT 3|AJOUT 5|RETRAIT 2|INCONNU|AJOUT 10|STOP|AJOUT 99"
nSolde est un entier = 0
nRang est un entier = 0

BOUCLE
    nRang++
    sJeton est une chaîne = ExtraitChaîne(sCommande, nRang, "|")
    SI sJeton = EOT ALORS SORTIR
    sVerbe est une chaîne = ExtraitChaîne(sJeton, 1, " ")
    SELON sVerbe
        CAS "AJOUT"   : nSolde += Val(ExtraitChaîne(sJeton, 2, " "))
        CAS "RETRAIT" : nSolde -= Val(ExtraitChaîne(sJeton, 2, " "))
        CAS "STOP"
            Trace("arrêt demandé au jeton " + nRang)
            SORTIR
        AUTRE CAS
            Trace("commande ignorée : " + sJeton)
            CONTINUER
    FIN
    Trace(sJeton + " => " + nSolde)
FIN
// expect: AJOUT 3 => 3
// expect: AJOUT 5 => 8
// expect: RETRAIT 2 => 6
// expect: commande ignorée : INCONNU
// expect: AJOUT 10 => 16
// expect: arrêt demandé au jeton 6
Trace("Solde final : " + nSolde) // expect: Solde final : 16

// TANTQUE avec rangSuivant
sListe est une chaîne = "rouge,vert,bleu"
sCouleur est une chaîne = ExtraitChaîne(sListe, rangPremier, ",")
TANTQUE sCouleur <> EOT
    Trace(Majuscule(sCouleur))
    sCouleur = ExtraitChaîne(sListe, rangSuivant, ",")
FIN
// expect: ROUGE
// expect: VERT
// expect: BLEU
