// Du code copié d'un PDF ou d'une page web dont les longues lignes ont été coupées, ou
// écrit à la manière du C, continue une expression à la ligne suivante après son
// opérateur. Une instruction WLangage finit avec sa ligne, sauf si la ligne finit par ... :
// l'erreur le dit (elle disait "unexpected end of line; expected an expression"). La ligne
// finie par ... au-dessus est lue entière ; une erreur de syntaxe arrête le fichier avant
// son exécution.
sJour est une chaîne = "20250314"
sCheminLog est une chaîne = "C:\Logs\appli_" + sJour + ...
	".log"
bPrêt est un booléen = (sJour <> "") _ET_ // expect error: the line ends with '_ET_': a WLanguage statement ends with its line; to carry it over to the next line, end this one with ... (_ET_ ...)
	fRépertoireExiste("C:\Logs")
