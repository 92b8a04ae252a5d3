// EXTERNE "C:\WinDev\Perso\MesConst.wl" : un chemin Windows absent ici est cherché par son
// nom de fichier à côté du script, où l'exécution le lit.
EXTERNE "C:\WinDev\Perso\MesConst.wl"
Trace(MON_TAUX) // expect: 7
