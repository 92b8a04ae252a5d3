// EmailVérifieAdresse / EmailCheckAddress ?1000017305, French twin of emailcheckaddress.wl
// written from the English page (the French page is not stored; the French names of its
// constants are ours, UNVERIFIED: docs/email.md "EmailCheckAddress").
SI EmailVérifieAdresse("morgan@test.com", emailValideSyntaxe) <> emailAdresseValide ALORS
	Erreur("Vérifiez l'adresse email")
FIN

SELON EmailVérifieAdresse("azerty@orange.com")
	CAS emailAdresseValide
		Info("Adresse valide") // expect: Adresse valide
	CAS emailAdresseSyntaxeIncorrecte
		Info("La syntaxe de l'adresse est incorrecte.")
	CAS emailAdresseRefusée
		Info("L'adresse a été refusée par le serveur d'email." + ...
			"ErreurInfo renvoie la raison du refus.")
	CAS emailAdresseErreur
		Info("Une erreur est survenue pendant la vérification. " + ...
			"ErreurInfo renvoie le détail de l'erreur.")
	AUTRE CAS
		Info("Cas non prévu")
FIN
Trace(EmailVerifieAdresse("morgan@@test.com", EMAILVALIDESYNTAXE) = emailAdresseSyntaxeIncorrecte) // expect: 1
Trace(EmailVérifieAdresse("morgan@test.com", emailValideParServeur) = emailAdresseErreur, ErreurDétectée) // expect: 1, 1
Trace(EmailVérifieAdresse("morgan@test.com") = emailAdresseValide, ErreurDetectee) // expect: 1, 0
