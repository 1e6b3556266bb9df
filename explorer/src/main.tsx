/** IO Explorer: the routes of the single-page app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";

import { Layout } from "./components/Layout";
import { NotFound } from "./components/Status";
import { AccountPage } from "./pages/AccountPage";
import { DaoPage } from "./pages/DaoPage";
import { LivePage } from "./pages/LivePage";
import { OverviewPage } from "./pages/OverviewPage";
import { ProposalPage } from "./pages/ProposalPage";
import { RentalPage } from "./pages/RentalPage";
import { RentalsPage } from "./pages/RentalsPage";
import { RewardHourPage } from "./pages/RewardHourPage";
import { RewardsPage } from "./pages/RewardsPage";
import { TxPage } from "./pages/TxPage";
import { WorkerPage } from "./pages/WorkerPage";
import { WorkersPage } from "./pages/WorkersPage";
import "./styles.css";

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <OverviewPage /> },
      { path: "/workers", element: <WorkersPage /> },
      { path: "/workers/:address", element: <WorkerPage /> },
      { path: "/rentals", element: <RentalsPage /> },
      { path: "/rentals/:address", element: <RentalPage /> },
      { path: "/rewards", element: <RewardsPage /> },
      { path: "/rewards/hours/:hour", element: <RewardHourPage /> },
      { path: "/dao", element: <DaoPage /> },
      { path: "/dao/proposals/:address", element: <ProposalPage /> },
      { path: "/live", element: <LivePage /> },
      { path: "/tx/:signature", element: <TxPage /> },
      { path: "/accounts/:address", element: <AccountPage /> },
      { path: "*", element: <NotFound message="There is no page at this address." /> },
    ],
  },
]);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
