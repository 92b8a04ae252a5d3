// EmailVérifieAdresse (nom français) : vérifie la syntaxe seulement
sAdresse est une chaîne = "jean.dupont@exemple.fr"
SI EmailVérifieAdresse(sAdresse) ALORS Trace("valide") // expect: valide
Trace(EmailVerifieAdresse("jean.dupont@exemple")) // expect: 0
Trace(emailvérifieadresse("jean dupont@exemple.fr")) // expect: 0
