// Un paramètre contenant un texte comparé par LIKE dans du SQL écrit à la main est comparé
// comme ce texte sur les deux bases : PostgreSQL refusait `{p} LIKE 'ab%'` avec p = "abc"
// ("invalid input syntax for type double precision", la conversion prévue pour un réel
// appliquée au texte). Un paramètre contenant un nombre est toujours comparé par son texte.
// docs/hfsql.md "LIKE on both databases".
Product.Reference = "R1"
Product.Label = "Bolt"
Product.Stock = 150
HAjoute(Product)
Trace(Trouvés("{p} LIKE 'ab%'", "abc"))        // expect: 1
Trace(Trouvés("{p} LIKE 'B%'", "bolt"))        // expect: 1
Trace(Trouvés("{p} LIKE Label", "bolt"))       // expect: 1
Trace(Trouvés("{p} NOT LIKE 'x%'", "bolt"))    // expect: 1
Trace(Trouvés("{p} LIKE 'x%'", "bolt"))        // expect: 0
Trace(Trouvés("{p} LIKE '1%'", 15))            // expect: 1
Trace(Trouvés("Label LIKE {p}", "b%"))         // expect: 1
PROCÉDURE Trouvés(sOù est une chaîne, vValeur)
q est une Source de Données
q.p = vValeur
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Reference FROM Product WHERE " + sOù) ALORS
	RENVOYER HErreurInfo()
FIN
RENVOYER HNbEnr(q)
