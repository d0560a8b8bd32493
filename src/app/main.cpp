#include "studioapp.h"

int main(int argc, char *argv[])
{
    return mfapolicy::StudioApp::run(argc, argv);
}
