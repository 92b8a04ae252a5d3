// PAS est la négation
trouvé est un booléen = Faux
SI PAS trouvé ALORS Trace("pas trouvé") // expect: pas trouvé
Trace(PAS Vrai) // expect: 0
