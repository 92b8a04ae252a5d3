// NombreEnLettres et TailleVersChaîne appelées par leur nom français écrivent en
// français tant que Nation n'a rien choisi, comme DateVersJourEnLettre nomme "mercredi"
// (docs/builtins.md "The language of NumberInWords and SizeToString") : elles suivaient
// la langue de l'environnement, et un programme français lancé sous une locale anglaise
// lisait "one thousand two hundred thirty-four point five six" pour son montant.
mMontant est un monétaire = 1234.56
Trace(NombreEnLettres(mMontant)) // expect: mille deux cent trente-quatre virgule cinquante-six
Trace(nombreenlettres(80), TailleVersChaine(1536)) // expect: quatre-vingts, 1,5 Ko
Trace(DateVersJourEnLettre("20250312")) // expect: mercredi
// le deuxième paramètre et Nation restent maîtres
Trace(NombreEnLettres(21, nationAnglais)) // expect: twenty-one
Nation(nationAnglais)
Trace(NombreEnLettres(21), TailleVersChaîne(1536)) // expect: twenty-one, 1.5 KB
