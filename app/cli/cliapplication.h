#pragma once

#include <memory>
#include <QCoreApplication>

// The command line's application object: a plain console program, or a QGuiApplication (on the
// offscreen platform when there is no display) when an argument names a PDF, whose fonts need
// one. Named as the window is (settings shared) and translated to the system's language.
std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char *argv[]);
