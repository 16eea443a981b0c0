// The one source of gregor_testpch, the target whose precompiled header every test reuses.
namespace Gregor::TestSupport {
int pchAnchor()
{
    return 0;
}
} // namespace Gregor::TestSupport
