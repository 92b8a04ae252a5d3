// An enumeration value and a method of the current class whose names fold alike
// (`Paused` spelled `Pausé` beside the method `Pause`): the name written as the value is
// spelled, accents included, is the value (INFERRED, docs/semantics.md "Names that fold
// alike"). `m_eState = Pausé` in the method `Pause()` called the method itself, without
// end (a stack overflow).
State is Enumeration
    Running
    Pausé
END
CPlayer is Class
    m_eState is State = Running
END
o is CPlayer
o.Pause()
Trace(o.m_eState) // expect: Pausé
o.Again()
Trace(o.m_eState) // expect: Pausé
PROCEDURE CPlayer::Pause()
m_eState = Pausé
PROCEDURE CPlayer::Again()
m_eState = Running
Pause // the method, spelled as it is
