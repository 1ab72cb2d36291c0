// The Q_DECLARE_METATYPEs of the core and session types that data-driven tests put in their
// tables, in one place: a type may be declared only once in a translation unit, and the test
// files of one executable are compiled together in batches (UNITY_BUILD).
#pragma once

#include <QMetaType>

#include "core/Dataset.h"
#include "core/KinkConvention.h"
#include "core/NetworkConfig.h"
#include "session/FunctionId.h"

Q_DECLARE_METATYPE(relulab::core::HiddenActivation)
Q_DECLARE_METATYPE(relulab::core::InitScheme)
Q_DECLARE_METATYPE(relulab::core::OptimizerKind)
Q_DECLARE_METATYPE(relulab::core::NetworkConfig)
Q_DECLARE_METATYPE(relulab::core::KinkConvention)
Q_DECLARE_METATYPE(relulab::core::TaskKind)
Q_DECLARE_METATYPE(relulab::session::FunctionId)
