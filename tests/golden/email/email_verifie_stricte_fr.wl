// emailValideSyntaxeStricte (emailValidateSyntaxStrict), le niveau que l'exemple de PC
// SOFT "WD Input checks" donne à EmailVérifieAdresse (sa procédure bCheckEmail), était
// un nom inconnu. Ses règles sont les nôtres (*décidé* 6 déc. 2026, FS, INFERRED : la
// page ?1000017305 est coupée avant ses niveaux ; docs/email.md "EmailCheckAddress") :
// celles du niveau syntaxe, et la partie locale en lettres, chiffres et . _ - + seuls, le
// domaine en lettres, chiffres et tirets ASCII, l'extension en lettres, deux au moins.
// Jumeau anglais email_check_strict_en.wl.
Trace(bVérifieEmail("morgan@test.com"), bVérifieEmail("jean.dupont+factures@mail.exemple.fr")) // expect: 1, 1
Trace(bVérifieEmail("morgan@@test.com"), bVérifieEmail("morgan")) // expect: 0, 0
// ce que le niveau syntaxe prend et que le niveau strict refuse
POUR TOUT sAdresse DE ["o'brien@test.com", "bill{x}@test.com", "x@test.c", "x@test.c0m", "x@société.fr"]
	Trace(sAdresse, EmailVérifieAdresse(sAdresse, emailValideSyntaxe), EmailVérifieAdresse(sAdresse, emailValideSyntaxeStricte))
FIN
// expect: o'brien@test.com, 1, 0
// expect: bill{x}@test.com, 1, 0
// expect: x@test.c, 1, 0
// expect: x@test.c0m, 1, 0
// expect: x@société.fr, 1, 0
Trace(EmailVerifieAdresse(" morgan@test.com ", emailValidateSyntaxStrict) = emailAdresseValide, ErreurDétectée) // expect: 1, 0
// une extension en punycode (.рф écrit xn--p1ai, comme l'écrit le DNS) est acceptée
// (elle était refusée, toutes les extensions internationalisées avec elle) ; un tiret à
// sa fin ne l'est pas
Trace(EmailVérifieAdresse("a@x.xn--p1ai", emailValideSyntaxeStricte), EmailVérifieAdresse("boutique@exemple.XN--90AIS", emailValideSyntaxeStricte)) // expect: 1, 1
Trace(EmailVérifieAdresse("a@x.xn--p1ai-", emailValideSyntaxeStricte), EmailVérifieAdresse("a@x.x1--p1ai", emailValideSyntaxeStricte)) // expect: 0, 0

PROCÉDURE bVérifieEmail(psEMail)
SELON EmailVérifieAdresse(psEMail, emailValideSyntaxeStricte)
	CAS emailAdresseErreur, emailAdresseRefusée, emailAdresseSyntaxeIncorrecte
		RENVOYER Faux
	CAS emailAdresseValide
		RENVOYER Vrai
FIN
RENVOYER Faux
