// `CClass::NAME` for a class nobody declares is WL101, as `CClass.M()` is; for a class
// without such a constant or global member, WL109 with the run's own text (both
// stopped only the run before, when the line ran)
CTax is Class
    GLOBAL
        s_rate is real = 0.2
    CONSTANT
        STANDARD = 20
    END
END
Trace(CTax::STANDARD, CTax::s_rate)
Trace(CVat::STANDARD) // error: WL101:7 'CVat' is not declared
Trace(CTax::REDUCED) // error: WL109:13 'REDUCED' is neither a constant nor a global member of the class CTax
