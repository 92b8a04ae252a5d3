// Mise en forme d'un journal d'activité : dates/heures figées, colonnes alignées
STEntrée est une Structure
    sDate est une chaîne
    sHeure est une chaîne
    sNiveau est une chaîne
    sTexte est une chaîne
FIN
tabJournal est un tableau de STEntrée
Journalise("20240311", "08153000", "info", "Démarrage du service")
Journalise("20240311", "0816", "ATTENTION", "Disque presque plein")
Journalise("20240312", "235959", "erreur", "Connexion perdue avec le serveur de fichiers distant")

POUR TOUT e DE tabJournal
    Trace(DateVersChaîne(e.sDate, "JJ/MM/AA") + " " + HeureVersChaîne(e.sHeure, "HH:MM") + " " + ...
        Complète("[" + Gauche(Majuscule(e.sNiveau), 4) + "]", 7) + Résume(e.sTexte, 30))
FIN
// expect: 11/03/24 08:15 [INFO] Démarrage du service
// expect: 11/03/24 08:16 [ATTE] Disque presque plein
// expect: 12/03/24 23:59 [ERRE] Connexion perdue avec le se...
Trace(Répète("-", 20)) // expect: --------------------
Trace("Entrées : " + NumériqueVersChaîne(tabJournal..Occurrence, "3d") + " ; volume : " + NumériqueVersChaîne(1234567, "dS")) // expect: Entrées :   3 ; volume : 1 234 567
Trace(ChaîneVersNumérique("1 234,5") * 2) // expect: 2469

PROCÉDURE Journalise(sDate, sHeure, sNiveau, sTexte)
stE est un STEntrée
stE.sDate = sDate
stE.sHeure = sHeure
stE.sNiveau = sNiveau
stE.sTexte = sTexte
TableauAjoute(tabJournal, stE)

// Coupe un texte trop long et ajoute "..."
PROCÉDURE Résume(sTexte est une chaîne, nMax est un entier) : chaîne
SI Taille(sTexte) <= nMax ALORS RENVOYER sTexte
RENVOYER Gauche(sTexte, nMax - 3) + "..."
