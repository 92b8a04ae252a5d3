// fDéplace n'est pas une fonction WLangage : la liste française de PC SOFT a
// fDéplaceFichier (fMoveFile) et fRepDéplace (fMoveDir)
Trace(fFichierExiste("aucun fichier de ce nom")) // expect: 0
fDeplace("aucun fichier de ce nom", "ni là") // expect error: Unknown procedure or function 'fDeplace'; fDéplaceFichier (fMoveFile) moves a file, fRepDéplace (fMoveDir) a folder
