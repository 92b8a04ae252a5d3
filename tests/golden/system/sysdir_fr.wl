// SysRep : les répertoires du système, ceux de XDG sous Linux.
Trace(SysRep(srTemporaire) = fRepTemp())   // expect: 1
Trace(SysRep(srDonnéesApplicatives) <> "", SysRep(srBureau) <> "")   // expect: 1, 1
Trace(SysRep(srWindows), ErreurDétectée)   // expect: , 1
