// fExiste n'est pas une fonction WLangage : fFichierExiste et fRépertoireExiste le sont
Trace(fFichierExiste("aucun fichier de ce nom")) // expect: 0
Trace(fExiste("aucun fichier de ce nom")) // expect error: Unknown procedure or function 'fExiste'; l'existence d'un fichier est fFichierExiste (fFileExist)
