; Inno Setup script of a per-user Windows installer for the PyInstaller bundle.
; NOT BUILT OR RUN HERE (no Windows machine): reviewed only. Build on Windows:
;   pyinstaller --noconfirm packaging\pilot-planner.spec      (gives dist\pilot-planner\)
;   iscc packaging\windows\pilot-planner.iss
; It installs for the current user (no administrator rights) and declares the
; .pilotplan file type under HKCU\Software\Classes, so a double-clicked file or
; e-mail attachment opens in the app; uninstalling removes the keys it wrote.

#define AppName "Pilot-to-Scale Planner"
#define AppExe "pilot-planner-window.exe"
#define ProgId "PilotPlanner.Roadmap"

[Setup]
AppId={{7D7CD0D4-42EE-5A38-A4FF-AF10230F03F6}
AppName={#AppName}
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\Pilot-to-Scale Planner
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputBaseFilename=pilot-planner-setup
SetupIconFile=..\icons\pilot-planner.ico
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\..\dist\pilot-planner\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.pilotplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.pilotplan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-pilot-planner"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:RoadmapType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[CustomMessages]
en.RoadmapType=Pilot-to-Scale Planner roadmap
fr.RoadmapType=Feuille de route Pilot-to-Scale Planner
