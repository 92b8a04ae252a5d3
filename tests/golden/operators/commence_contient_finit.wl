// opérateurs commence par, contient, finit par dans des SI
fichier est une chaîne = "Facture_2024.PDF"
SI fichier [= "Facture" ALORS Trace("une facture") // expect: une facture
SI fichier [~] "2024" ALORS Trace("de 2024") // expect: de 2024
SI fichier ~] ".pdf" ALORS Trace("un PDF") // expect: un PDF
SI fichier =] ".pdf" ALORS Trace("jamais") SINON Trace("casse exacte") // expect: casse exacte
