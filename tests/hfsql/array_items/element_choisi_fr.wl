// Un élément d'une rubrique tableau choisi sans AS, et des indices lus comme ceux d'un
// tableau (docs/hfsql.md "Array items, shown", "A Record's JSON form").
Contact.Name = "Anne"
Contact.Phone[1] = "111"
Contact.Phone[2] = "222"
Contact.Phone[3] = "333"
Trace(HAjoute(Contact)) // expect: 1
// SELECT Phone[2] sans AS : la colonne Phone[2], que REQ.Phone[2] lit
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, "select Name, phone[2] from Contact")) // expect: 1
Trace(Minuscule(Remplace(HListeRubrique(REQ), RC, ","))) // expect: name,phone[2]
HLitPremier(REQ)
Trace(REQ.Name, REQ.Phone[2], REQ.PHONE[2]) // expect: Anne, 222, 222
Trace(Minuscule(HEnregistrementVersJSON(REQ))) // expect: {"_source_req_1": {"name": "anne", "phone[2]": "222"}}
// un indice réel est coupé à sa partie entière, comme celui d'un tableau
t est un tableau de 3 chaînes = ["a", "b", "c"]
HLitPremier(Contact)
Trace(t[2.7], Contact.Phone[2.7], Contact.Phone["3"]) // expect: b, 222, 333
e est un Enregistrement de Contact = Contact
Trace(e.Phone[2.7], e.phone[3.2]) // expect: 222, 333
// la forme JSON d'un Enregistrement : celle de HEnregistrementVersJSON
Trace(VariantVersJSON(e)) // expect: {"ContactID":1,"Name":"Anne","Phone":["111","222","333"],"Score":0}
j est un JSON = e
Trace(j.Phone[3], j.Name) // expect: 333, Anne
s est une chaîne
Sérialise(e, s, psdJSON)
Trace(s) // expect: {"ContactID":1,"Name":"Anne","Phone":["111","222","333"],"Score":0}
Trace(e.Phone[4.5]) // expect error: Phone[4]: the array item Phone of the record has 3 elements (1 to 3).
