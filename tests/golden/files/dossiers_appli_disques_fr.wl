// Dossiers de l'application, disques et noms courts en français
Trace(fRepDonnéesUtilisateur(fddSansCréation) = SysRep(srDonnéesApplicativesLocales) + "/" + ProjetInfo(piProjectName))   // expect: 1
Trace(fRepDonneesCommun(fddSansCreation) = "/var/lib/" + ProjetInfo(piProjectName))   // expect: 1
Trace(Droite(fRepCache(), 26))   // expect: /dossiers_appli_disques_fr
Trace(fRepDonnées() = fRepEnCours())   // expect: 1
Trace(fListeDisque(), fDisqueEnCours(), fDisquePrêt("C:"), fDisquePret("/nulle/part"))   // expect: /, /, 1, 0
Trace(fNomCourt(fRepTemp()) = fRepTemp(), fNomLong(fRepTemp()) = fRepTemp())   // expect: 1, 1
