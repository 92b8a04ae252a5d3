// fonctions WINDEV du code réel qui demandent des fenêtres, ActiveX ou un périphérique : WL103
evenement(SurSouris, "FEN_Principale", 512) // error: WL103:1 evenement is a window function: not available outside the IDE (wlinterp runs code without windows).
Trace(FenEnExécution()) // error: WL103:7 FenEnExécution is a window function: not available outside the IDE (wlinterp runs code without windows).
o est un objet OLE dynamique
o = objetactif("Excel.Application") // error: WL103:5 objetactif is an ActiveX/OLE/.NET function: ActiveX, OLE, COM and .NET are not available.
ChampGrisé("SAI_Nom", Vrai) // error: WL103:1 ChampGrisé is a window function: not available outside the IDE (wlinterp runs code without windows).
Trace(RéseauUtilisateur() <> "", ProjetInfo(piProjectName), o <> Null)
PROCÉDURE SurSouris()
PROCÉDURE LitRegistre()
// une variable passée à une fonction WINDEV seule peut en recevoir une valeur (ses sorties
// ne sont déclarées nulle part) : pas de WL204 sur bOk
bOk est un booléen // warning: WL203:1 this code is never run: it is the body of the procedure 'LitRegistre', which nothing calls
s est une chaîne = RegistreLit("HKEY_CURRENT_USER\Logiciel", "Clé", bOk) // error: WL103:20 RegistreLit is a Windows registry function: not available outside Windows (the registry is Windows's own; a setting the program keeps for itself is written with SaveParameter / SauveParamètre and read with LoadParameter / ChargeParamètre, or kept in an INI file: INIWrite / INIRead).
SI bOk ALORS Trace(s)
