// les mêmes paramètres en français : chaînes, nombres, dates, fichiers et e-mails (WL115, WL206)
STRUCTURE Client
	sEmail est une chaîne
FIN
c est un Client
tabLignes est un tableau de chaînes
sChemin est une chaîne = "commandes.txt"
Trace(SansEspace(c)) // error: WL115:18 SansEspace expects a string, not a value of type Client (a structure)
Trace(Sinus("trente")) // warning: WL206:13 Sinus expects a number as parameter 1: the text "trente" is not a number and is read as 0
Trace(Gauche("abcdef", "2,5 lettres")) // warning: WL206:24 Gauche expects a number as parameter 2: the text "2,5 lettres" is not a number and is read as 2.5
Trace(AnnéeBissextile("deux mille")) // warning: WL206:23 AnnéeBissextile expects a number as parameter 1: the text "deux mille" is not a number and is read as 0
Trace(fFichierExiste(tabLignes)) // error: WL115:22 fFichierExiste expects a string, not a value of type array
Trace(fRépertoireExiste(c)) // error: WL115:25 fRépertoireExiste expects a string, not a value of type Client (a structure)
Trace(EmailVérifieAdresse(tabLignes)) // error: WL115:27 EmailVérifieAdresse expects a string, not a value of type array
Trace(SansEspace(c.sEmail), Sinus("30"), fFichierExiste(sChemin), EntierVersDate(45000))
