// Order received as JSON, written in a multi-line string: the JSON arrays close on
// their own lines (`],`, `]`) without closing the string
sJSON is string = [
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
Trace(StringCount(sJSON, RC) + 1) // expect: 11
Trace(Left(sJSON, 1), Right(sJSON, 1)) // expect: {, }
vCmd is JSON = sJSON
Trace(vCmd.commande + " " + vCmd.client.nom) // expect: 1024 Dupont
mTotal is currency
FOR EACH vLigne OF vCmd.lignes
    mTotal += vLigne.qte * vLigne.pu
END
Trace("Total : " + mTotal) // expect: Total : 120.9
Trace(vCmd.lignes[1].tags[1]) // expect: promo
Trace(vCmd.remarque) // expect: livrer [avant midi
// an array written over several lines stays an array
tabCodes is array of int = [
    10, 20,
    30
]
Trace(tabCodes..Occurrence) // expect: 3
