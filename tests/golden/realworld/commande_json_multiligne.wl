// Commande reçue en JSON, écrite dans une chaîne multiligne : les tableaux JSON se
// referment sur leur propre ligne (`],`, `]`) sans refermer la chaîne
sJSON est une chaîne = [
{
  "commande": 1024,
  "client": {"nom": "Dupont", "ville": "Lyon"},
  "lignes": [
    {"ref": "A12", "qte": 2, "pu": 10.5, "tags": [
      "promo"
    ]},
    {"ref": "B7", "qte": 1, "pu": 99.9, "tags": []}
  ],
  "remarque": "livrer [avant midi"
}
]
Trace(ChaîneOccurrence(sJSON, RC) + 1) // expect: 11
Trace(Gauche(sJSON, 1), Droite(sJSON, 1)) // expect: {, }
vCmd est un JSON = sJSON
Trace(vCmd.commande + " " + vCmd.client.nom) // expect: 1024 Dupont
mTotal est un monétaire
POUR TOUT vLigne DE vCmd.lignes
    mTotal += vLigne.qte * vLigne.pu
FIN
Trace("Total : " + mTotal) // expect: Total : 120.9
Trace(vCmd.lignes[1].tags[1]) // expect: promo
Trace(vCmd.remarque) // expect: livrer [avant midi
// un tableau écrit sur plusieurs lignes reste un tableau
tabCodes est un tableau d'entiers = [
    10, 20,
    30
]
Trace(tabCodes..Occurrence) // expect: 3
