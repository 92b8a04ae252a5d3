// a member of a type nobody declares (a class of a file not gathered: PC SOFT's DirectX
// example, `m_pclDevice est un IDirect3DDevice9 dynamique`) is a variant: its methods,
// `m_dev:M()`, `:m_dev:M()`, are chosen at run time on the object it holds (wl check
// said WL102 "unknown procedure or function 'SetRenderState'")
CDevice is Class
	m_n is int
END
CScene is Class
	m_dev is IDirect3DDevice9 dynamic
	m_v is variant
END
s is CScene
s.Render()

PROCEDURE CDevice::SetState(n)
m_n += n
RESULT m_n

PROCEDURE CScene::Constructor()
m_dev = new CDevice
m_v = new CDevice

PROCEDURE CScene::Render()
m_dev:SetState(2)
:m_dev:SetState(3)
Trace(m_dev:SetState(1)) // expect: 6
Trace(:m_v:SetState(4)) // expect: 4
m_dev:Missing(1) // expect error: The class CDevice has no method 'Missing'.
